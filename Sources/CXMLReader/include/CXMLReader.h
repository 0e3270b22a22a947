#ifndef CXMLREADER_H
#define CXMLREADER_H
/* Placeholder: the libxml2 wrapper lands with the XML reader. */
int cxmlreader_version(void);
#endif
