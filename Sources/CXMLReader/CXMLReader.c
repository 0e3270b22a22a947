#include "CXMLReader.h"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Bytes handed to the parser at a time: large enough to keep per-call overhead small,
   small enough that one batch of events stays a few thousand entries. */
#define BBXML_CHUNK_SIZE 65536

struct bbxml_reader {
    xmlParserCtxtPtr parser;
    bbxml_read_function read;
    void *context;
    unsigned char *chunk;

    /* Registered names, interned in the parser's dictionary: libxml2 hands element and
       attribute local names out of that same dictionary, so equal names are equal pointers. */
    const xmlChar **names;
    uint8_t *names_with_text;
    size_t name_count;

    int32_t *open_names;     /* registered name index (or -1) of each open element, by depth */
    const xmlChar **open_local_names; /* the open elements' local names, for messages */
    int *open_lines;         /* the lines their start tags end on */
    int depth;
    int root_seen;
    int max_depth;
    size_t max_text_length;
    size_t text_run_length;  /* text seen since the last tag */

    bbxml_event *events;
    size_t event_count, event_capacity;
    bbxml_attribute *attributes;
    size_t attribute_count, attribute_capacity;
    unsigned char *text;
    size_t text_length, text_capacity;

    int finished;
    int failed;
    int malformed;           /* the failure is libxml2's well-formedness error, not a refusal */
    int read_failed;
    char *error_message;
    int error_line;
    int error_column;
};

static pthread_once_t parser_initialized = PTHREAD_ONCE_INIT;

static void initialize_parser(void) { xmlInitParser(); }

/* Keeps the first error only: later ones are usually consequences of it. */
static void fail_at(bbxml_reader *r, int line, int column, const char *message) {
    if (r->failed) return;
    r->failed = 1;
    r->error_line = line;
    r->error_column = column;
    r->error_message = strdup(message);
}

/* Fails at the parser's current position and stops it: safe to call from SAX callbacks. */
static void fail_here(bbxml_reader *r, const char *message) {
    const xmlParserInput *input = r->parser->input;
    fail_at(r, input ? input->line : 0, input ? input->col : 0, message);
    xmlStopParser(r->parser);
}

static int reserve(void **buffer, size_t *capacity, size_t needed, size_t element_size) {
    if (needed <= *capacity) return 1;
    size_t grown = *capacity ? *capacity : 256;
    while (grown < needed) grown *= 2;
    void *bigger = realloc(*buffer, grown * element_size);
    if (!bigger) return 0;
    *buffer = bigger;
    *capacity = grown;
    return 1;
}

static int32_t registered_name(const bbxml_reader *r, const xmlChar *name) {
    for (size_t i = 0; i < r->name_count; i++)
        if (r->names[i] == name) return (int32_t)i;
    return -1;
}

static bbxml_event *append_event(bbxml_reader *r) {
    if (!reserve((void **)&r->events, &r->event_capacity, r->event_count + 1, sizeof(bbxml_event))) {
        fail_here(r, "out of memory");
        return NULL;
    }
    bbxml_event *event = &r->events[r->event_count++];
    memset(event, 0, sizeof *event);
    return event;
}

/* Copies text into the batch's text buffer; with `decode_amp`, turns the "&#38;" libxml2
   leaves in attribute values (when entities are not substituted) back into "&". */
static int append_text(bbxml_reader *r, const xmlChar *bytes, size_t length, int decode_amp,
                       uint32_t *offset, uint32_t *stored) {
    if (r->text_length + length > UINT32_MAX ||
        !reserve((void **)&r->text, &r->text_capacity, r->text_length + length, 1)) {
        fail_here(r, "out of memory");
        return 0;
    }
    *offset = (uint32_t)r->text_length;
    unsigned char *out = r->text + r->text_length;
    size_t written = 0;
    for (size_t i = 0; i < length; i++) {
        out[written++] = bytes[i];
        if (decode_amp && bytes[i] == '&' && i + 4 < length && memcmp(bytes + i, "&#38;", 5) == 0) i += 4;
    }
    r->text_length += written;
    *stored = (uint32_t)written;
    return 1;
}

static void on_start(void *context, const xmlChar *local_name, const xmlChar *prefix,
                     const xmlChar *uri, int namespace_count, const xmlChar **namespaces,
                     int attribute_count, int defaulted_count, const xmlChar **attributes) {
    (void)prefix; (void)uri; (void)namespace_count; (void)namespaces; (void)defaulted_count;
    bbxml_reader *r = context;
    if (r->failed) return;
    if (r->depth >= r->max_depth) {
        char message[80];
        snprintf(message, sizeof message, "elements are nested more than %d levels deep", r->max_depth);
        fail_here(r, message);
        return;
    }
    int32_t name = registered_name(r, local_name);
    r->root_seen = 1;
    r->open_local_names[r->depth] = local_name;
    r->open_lines[r->depth] = r->parser->input ? r->parser->input->line : 0;
    r->open_names[r->depth++] = name;
    r->text_run_length = 0;
    if (name < 0) return;

    uint32_t first_attribute = (uint32_t)r->attribute_count;
    for (int i = 0; i < attribute_count; i++) {
        const xmlChar **attribute = attributes + 5 * i; /* local name, prefix, URI, value, end */
        int32_t attribute_name = registered_name(r, attribute[0]);
        if (attribute_name < 0) continue;
        if (!reserve((void **)&r->attributes, &r->attribute_capacity, r->attribute_count + 1,
                     sizeof(bbxml_attribute))) {
            fail_here(r, "out of memory");
            return;
        }
        bbxml_attribute *stored = &r->attributes[r->attribute_count];
        stored->name = attribute_name;
        if (!append_text(r, attribute[3], (size_t)(attribute[4] - attribute[3]), 1,
                         &stored->value_offset, &stored->value_length))
            return;
        r->attribute_count++;
    }
    bbxml_event *event = append_event(r);
    if (!event) return;
    event->kind = BBXML_ELEMENT_START;
    event->name = name;
    event->depth = r->depth;
    event->line = r->parser->input ? r->parser->input->line : 0;
    event->first_attribute = first_attribute;
    event->attribute_count = (uint32_t)r->attribute_count - first_attribute;
}

static void on_end(void *context, const xmlChar *local_name, const xmlChar *prefix, const xmlChar *uri) {
    (void)local_name; (void)prefix; (void)uri;
    bbxml_reader *r = context;
    if (r->failed || r->depth == 0) return;
    int32_t name = r->open_names[--r->depth];
    r->text_run_length = 0;
    if (name < 0) return;
    bbxml_event *event = append_event(r);
    if (!event) return;
    event->kind = BBXML_ELEMENT_END;
    event->name = name;
    event->depth = r->depth + 1;
    event->line = r->parser->input ? r->parser->input->line : 0;
}

static void on_text(void *context, const xmlChar *bytes, int length) {
    bbxml_reader *r = context;
    if (r->failed || r->depth == 0 || length <= 0) return;
    r->text_run_length += (size_t)length;
    if (r->text_run_length > r->max_text_length) {
        char message[80];
        snprintf(message, sizeof message, "a text is longer than %zu bytes", r->max_text_length);
        fail_here(r, message);
        return;
    }
    int32_t name = r->open_names[r->depth - 1];
    if (name < 0 || !r->names_with_text[name]) return;

    bbxml_event *last = r->event_count ? &r->events[r->event_count - 1] : NULL;
    uint32_t offset, stored;
    if (!append_text(r, bytes, (size_t)length, 0, &offset, &stored)) return;
    if (last && last->kind == BBXML_TEXT && last->depth == r->depth &&
        last->text_offset + last->text_length == offset) {
        last->text_length += stored;
        return;
    }
    bbxml_event *event = append_event(r);
    if (!event) return;
    event->kind = BBXML_TEXT;
    event->depth = r->depth;
    event->line = r->parser->input ? r->parser->input->line : 0;
    event->text_offset = offset;
    event->text_length = stored;
}

/* Called as soon as "<!DOCTYPE name ...>" is read, before its internal subset: refusing here
   means no entity is ever declared, so none can be expanded or fetched. */
static void on_doctype(void *context, const xmlChar *name, const xmlChar *external_id, const xmlChar *system_id) {
    (void)name; (void)external_id; (void)system_id;
    bbxml_reader *r = context;
    fail_here(r, "DOCTYPE declarations are not accepted (external entities and entity expansion are refused)");
}

static void on_error(void *context, xmlErrorPtr error) {
    bbxml_reader *r = context;
    if (error->level < XML_ERR_ERROR || r->failed) return;
    char message[600];
    if (error->code == XML_ERR_DOCUMENT_END && r->depth > 0) {
        /* The push parser words a premature end like content after the root element. */
        snprintf(message, sizeof message, "the document ends before <%s> (opened on line %d) is closed",
                 (const char *)r->open_local_names[r->depth - 1], r->open_lines[r->depth - 1]);
    } else if (error->code == XML_ERR_DOCUMENT_END && !r->root_seen) {
        snprintf(message, sizeof message, "the document is empty: expected a root element");
    } else {
        snprintf(message, sizeof message, "%s", error->message ? error->message : "unknown XML error");
    }
    fail_at(r, error->line, error->int2, message);
    r->malformed = 1;
}

bbxml_reader *bbxml_open(bbxml_read_function read, void *context,
                         const char *const *names, const uint8_t *names_with_text, size_t name_count,
                         int max_depth, size_t max_text_length) {
    pthread_once(&parser_initialized, initialize_parser);
    bbxml_reader *r = calloc(1, sizeof *r);
    if (!r) return NULL;
    r->read = read;
    r->context = context;
    r->max_depth = max_depth > 0 ? max_depth : 1;
    r->max_text_length = max_text_length;

    xmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = on_start;
    sax.endElementNs = on_end;
    sax.characters = on_text;
    sax.ignorableWhitespace = on_text;
    sax.cdataBlock = on_text;
    sax.internalSubset = on_doctype;
    sax.serror = on_error;

    r->parser = xmlCreatePushParserCtxt(&sax, r, NULL, 0, NULL);
    r->chunk = malloc(BBXML_CHUNK_SIZE);
    r->names = calloc(name_count ? name_count : 1, sizeof *r->names);
    r->names_with_text = calloc(name_count ? name_count : 1, sizeof *r->names_with_text);
    r->open_names = calloc((size_t)r->max_depth, sizeof *r->open_names);
    r->open_local_names = calloc((size_t)r->max_depth, sizeof *r->open_local_names);
    r->open_lines = calloc((size_t)r->max_depth, sizeof *r->open_lines);
    if (!r->parser || !r->chunk || !r->names || !r->names_with_text || !r->open_names || !r->open_local_names || !r->open_lines) {
        bbxml_close(r);
        return NULL;
    }
    /* NONET: never fetch anything. Neither NOENT nor DTDLOAD/DTDATTR: entities are not
       substituted and no DTD is loaded (on_doctype refuses DOCTYPEs in any case). */
    xmlCtxtUseOptions(r->parser, XML_PARSE_NONET);
    r->name_count = name_count;
    for (size_t i = 0; i < name_count; i++) {
        r->names[i] = xmlDictLookup(r->parser->dict, (const xmlChar *)names[i], -1);
        r->names_with_text[i] = names_with_text[i];
        if (!r->names[i]) {
            bbxml_close(r);
            return NULL;
        }
    }
    return r;
}

void bbxml_close(bbxml_reader *r) {
    if (!r) return;
    if (r->parser) xmlFreeParserCtxt(r->parser);
    free(r->chunk);
    free(r->names);
    free(r->names_with_text);
    free(r->open_names);
    free(r->open_local_names);
    free(r->open_lines);
    free(r->events);
    free(r->attributes);
    free(r->text);
    free(r->error_message);
    free(r);
}

bbxml_status bbxml_next_batch(bbxml_reader *r) {
    r->event_count = 0;
    r->attribute_count = 0;
    r->text_length = 0;
    for (;;) {
        if (r->event_count > 0) return BBXML_EVENTS_READY;
        if (r->read_failed) return BBXML_READ_FAILED;
        if (r->failed) return BBXML_FAILED;
        if (r->finished) return BBXML_FINISHED;

        long count = r->read(r->context, r->chunk, BBXML_CHUNK_SIZE);
        if (count < 0) {
            r->read_failed = 1;
            continue;
        }
        int terminate = count == 0;
        int code = xmlParseChunk(r->parser, (const char *)r->chunk, (int)count, terminate);
        if (code != 0 && !r->failed) {
            char message[80];
            snprintf(message, sizeof message, "the XML parser stopped (libxml2 error %d)", code);
            fail_at(r, r->parser->input ? r->parser->input->line : 0, 0, message);
        }
        if (r->failed)
            xmlStopParser(r->parser);
        else if (terminate)
            r->finished = 1;
    }
}

size_t bbxml_event_count(const bbxml_reader *r) { return r->event_count; }
const bbxml_event *bbxml_events(const bbxml_reader *r) { return r->events; }
const bbxml_attribute *bbxml_attributes(const bbxml_reader *r) { return r->attributes; }
const unsigned char *bbxml_text(const bbxml_reader *r) { return r->text; }
const char *bbxml_error_message(const bbxml_reader *r) { return r->error_message ? r->error_message : ""; }
int bbxml_error_line(const bbxml_reader *r) { return r->error_line; }
int bbxml_error_column(const bbxml_reader *r) { return r->error_column; }
int bbxml_error_is_malformed(const bbxml_reader *r) { return r->malformed; }
