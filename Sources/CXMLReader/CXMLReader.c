#include <libxml/xmlversion.h>
#include "CXMLReader.h"
int cxmlreader_version(void) { return LIBXML_VERSION; }
