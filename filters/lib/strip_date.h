/* strip_date.h — dates as pages write them → ISO 8601. */
#ifndef NF_STRIP_DATE_H
#define NF_STRIP_DATE_H

#include <stdbool.h>
#include <stddef.h>

/* ISO 8601 form of the first date in s[0..n) ("2026-03-14", or with the
 * time and zone when s is ISO already). Understands ISO dates, and a month
 * name with day and year in either order ("March 14, 2026", "14 Mar 2026").
 * Returns false when there is none. out needs 32 bytes. */
bool strip_iso_date(const char *s, size_t n, char out[32]);

/* Is the paragraph nothing but a date line ("Published March 14, 2026")? */
bool strip_is_date_line(const char *s, size_t n);

#endif
