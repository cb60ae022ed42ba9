/*
 * yaml-parse: the baseline for `sdw lint` benchmarks.
 *
 * Parses every YAML file named on the command line, or found under a directory argument
 * (recursively, *.yaml and *.yml), with libyaml's event API only: each file is read fully
 * into memory, parsed from that buffer with yaml_parser_parse() until the stream ends, and
 * every event is deleted at once. No document is built. Single-threaded.
 *
 *   cc -O2 -o yaml-parse Benchmarks/yaml-parse.c -lyaml
 *   ./yaml-parse DIR|FILE...
 *
 * Prints "files=N events=N bytes=N errors=N" on stdout; a file that fails to parse is
 * reported on stderr as path:line:column: message, and the exit status is then 1.
 */
#define _DEFAULT_SOURCE
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <yaml.h>

static unsigned long long n_files, n_events, n_bytes, n_errors;
static unsigned char *buf;
static size_t buf_cap;

static int has_yaml_suffix(const char *name) {
    size_t n = strlen(name);
    return (n > 5 && strcmp(name + n - 5, ".yaml") == 0) ||
           (n > 4 && strcmp(name + n - 4, ".yml") == 0);
}

/* Read the whole file into buf; returns its length, or -1 on error. */
static long read_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "%s: %s\n", path, strerror(errno));
        return -1;
    }
    size_t len = 0;
    for (;;) {
        if (len == buf_cap) {
            buf_cap = buf_cap ? buf_cap * 2 : 1 << 16;
            buf = realloc(buf, buf_cap);
            if (!buf) {
                perror("realloc");
                exit(2);
            }
        }
        size_t got = fread(buf + len, 1, buf_cap - len, f);
        len += got;
        if (got == 0) break;
    }
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        fprintf(stderr, "%s: read error\n", path);
        return -1;
    }
    return (long)len;
}

static void parse_file(const char *path) {
    long len = read_file(path);
    if (len < 0) {
        n_errors++;
        return;
    }
    yaml_parser_t parser;
    yaml_event_t event;
    if (!yaml_parser_initialize(&parser)) {
        fprintf(stderr, "yaml_parser_initialize failed\n");
        exit(2);
    }
    yaml_parser_set_input_string(&parser, buf, (size_t)len);
    for (;;) {
        if (!yaml_parser_parse(&parser, &event)) {
            fprintf(stderr, "%s:%zu:%zu: %s\n", path, parser.problem_mark.line + 1,
                    parser.problem_mark.column + 1, parser.problem ? parser.problem : "parse error");
            n_errors++;
            break;
        }
        n_events++;
        int done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        if (done) break;
    }
    yaml_parser_delete(&parser);
    n_files++;
    n_bytes += (unsigned long long)len;
}

static void walk(const char *path) {
    struct stat st;
    if (stat(path, &st) != 0) {
        fprintf(stderr, "%s: %s\n", path, strerror(errno));
        n_errors++;
        return;
    }
    if (!S_ISDIR(st.st_mode)) {
        parse_file(path);
        return;
    }
    DIR *dir = opendir(path);
    if (!dir) {
        fprintf(stderr, "%s: %s\n", path, strerror(errno));
        n_errors++;
        return;
    }
    struct dirent *e;
    size_t plen = strlen(path);
    while ((e = readdir(dir)) != NULL) {
        if (e->d_name[0] == '.') continue; /* ".", "..", hidden files and folders */
        size_t need = plen + strlen(e->d_name) + 2;
        char *child = malloc(need);
        if (!child) {
            perror("malloc");
            exit(2);
        }
        snprintf(child, need, "%s/%s", path, e->d_name);
        int is_dir = e->d_type == DT_DIR;
        if (e->d_type == DT_UNKNOWN || e->d_type == DT_LNK) {
            is_dir = stat(child, &st) == 0 && S_ISDIR(st.st_mode);
        }
        if (is_dir) {
            walk(child);
        } else if (has_yaml_suffix(e->d_name)) {
            parse_file(child);
        }
        free(child);
    }
    closedir(dir);
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s DIR|FILE...\n", argv[0]);
        return 2;
    }
    for (int i = 1; i < argc; i++) walk(argv[i]);
    printf("files=%llu events=%llu bytes=%llu errors=%llu\n", n_files, n_events, n_bytes, n_errors);
    free(buf);
    return n_errors ? 1 : 0;
}
