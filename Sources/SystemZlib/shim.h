// zlib, for the PNG of a diagram in a DOCX report (deflate and CRC-32).
#include <zlib.h>
