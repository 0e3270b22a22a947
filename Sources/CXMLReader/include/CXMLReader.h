#ifndef CXMLREADER_H
#define CXMLREADER_H

/*
 * Backbone's small streaming XML event reader over libxml2's SAX2 push parser.
 *
 * This header includes no libxml2 header on purpose: Debian's libxml2 pulls the system ICU
 * headers, which clash with Foundation's own ICU in Swift. Only CXMLReader.c sees libxml2.
 *
 * The caller registers the element and attribute local names it cares about; the reader
 * reports only those elements (and the text directly inside the ones whose text it wants),
 * each name as its index in the registered list, so no name string is made per node. Events come in batches, one
 * batch per chunk of input, as plain arrays the caller reads in place.
 *
 * Hardening: a document with a DOCTYPE is refused as soon as the DOCTYPE is seen, before
 * any entity is declared or expanded (no XXE, no billion laughs); the network is never
 * used; XInclude is never processed (SAX parsing has no XInclude step); element depth and
 * the length of one text run are bounded.
 */

#include <stddef.h>
#include <stdint.h>

typedef struct bbxml_reader bbxml_reader;

/* Fills `buffer` with at most `capacity` bytes and returns how many; 0 at the end of the
   input, a negative value when reading failed (the caller keeps its own error). */
typedef long (*bbxml_read_function)(void *context, unsigned char *buffer, size_t capacity);

typedef enum {
    BBXML_ELEMENT_START = 1,
    BBXML_ELEMENT_END = 2,
    /* Character data or CDATA directly inside a registered element whose text is wanted; one
       element's text may arrive as several events. */
    BBXML_TEXT = 3,
} bbxml_event_kind;

typedef struct {
    int32_t kind;            /* a bbxml_event_kind */
    int32_t name;            /* START/END: index of the element's local name in the registered names */
    int32_t depth;           /* the element's depth, 1 for the root; TEXT: its element's depth */
    int32_t line;            /* START: the line the start tag ends on; TEXT, END: the current line */
    uint32_t text_offset;    /* TEXT: UTF-8 bytes in bbxml_text */
    uint32_t text_length;
    uint32_t first_attribute; /* START: registered attributes in bbxml_attributes */
    uint32_t attribute_count;
} bbxml_event;

typedef struct {
    int32_t name;            /* index of the attribute's local name in the registered names */
    uint32_t value_offset;   /* UTF-8 bytes in bbxml_text */
    uint32_t value_length;
} bbxml_attribute;

typedef enum {
    BBXML_EVENTS_READY = 0,  /* bbxml_event_count() events are ready */
    BBXML_FINISHED = 1,      /* the document ended well-formed; no more events */
    BBXML_FAILED = 2,        /* see bbxml_error_message(); no more events */
    BBXML_READ_FAILED = 3,   /* the read function returned a negative value */
} bbxml_status;

/* Creates a reader that pulls bytes through `read`. `names` are the local names (UTF-8) to
   report; `names_with_text[i]` says whether text directly inside elements named `names[i]` is
   reported. Returns NULL only when memory runs out. */
bbxml_reader *bbxml_open(bbxml_read_function read, void *context,
                         const char *const *names, const uint8_t *names_with_text, size_t name_count,
                         int max_depth, size_t max_text_length);

/* Frees the reader, the parser and every buffer. */
void bbxml_close(bbxml_reader *reader);

/* Drops the previous batch, then reads and parses input until at least one event is ready,
   the document ends, or an error stops it. Events parsed before an error are delivered
   first; the failure is reported by the following call. */
bbxml_status bbxml_next_batch(bbxml_reader *reader);

size_t bbxml_event_count(const bbxml_reader *reader);
const bbxml_event *bbxml_events(const bbxml_reader *reader);
const bbxml_attribute *bbxml_attributes(const bbxml_reader *reader);
const unsigned char *bbxml_text(const bbxml_reader *reader);

/* The first error, as libxml2 (or the hardening) worded it, with its 1-based position;
   a column of 0 means unknown. Valid after BBXML_FAILED. */
const char *bbxml_error_message(const bbxml_reader *reader);
int bbxml_error_line(const bbxml_reader *reader);
int bbxml_error_column(const bbxml_reader *reader);
/* 1 when the error is libxml2's (the document is not well-formed), 0 when the reader refused
   the document itself (DOCTYPE, depth, text length) or ran out of memory. */
int bbxml_error_is_malformed(const bbxml_reader *reader);

#endif
