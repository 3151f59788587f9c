// ICUFloor: raw ICU word-break iteration over whole files, timed in process.
//
//   ICUFloor [--locale fr|en] [--repeat N] FILE...
//
// For each FILE, read it whole, then iterate ICU's word break over its UTF-8 bytes N times
// (default 5) through a UText, reading every boundary's rule status, as Verbatim's tokenizer
// does before it applies its rules. Prints one JSON object per file:
//   {"file": …, "bytes": …, "boundaries": …, "words": …, "best_seconds": …, "median_seconds": …}
// `words` counts the segments ICU tags as letters, numbers, kana or ideographs. Times exclude
// process start-up and file reading. Used by Scripts/compare-speed as the floor under any
// ICU-based tokenizer.
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "CICUFloor.h"

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int compare_doubles(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static char *read_file(const char *path, long *length) {
  FILE *f = fopen(path, "rb");
  if (f == NULL) return NULL;
  size_t capacity = 1 << 16, size = 0;
  char *data = malloc(capacity);
  size_t n;
  while (data != NULL && (n = fread(data + size, 1, capacity - size, f)) > 0) {
    size += n;
    if (size == capacity) {
      capacity *= 2;
      char *bigger = realloc(data, capacity);
      if (bigger == NULL) free(data);
      data = bigger;
    }
  }
  fclose(f);
  *length = (long)size;
  return data;
}

static void print_json_string(const char *s) {
  putchar('"');
  for (; *s; s++) {
    if (*s == '"' || *s == '\\') putchar('\\');
    if ((unsigned char)*s < 0x20) printf("\\u%04x", *s); else putchar(*s);
  }
  putchar('"');
}

int main(int argc, char **argv) {
  const char *locale = "fr";
  int repeat = 5, first_file = 1;
  for (; first_file < argc; first_file++) {
    if (strcmp(argv[first_file], "--locale") == 0 && first_file + 1 < argc) {
      locale = argv[++first_file];
    } else if (strcmp(argv[first_file], "--repeat") == 0 && first_file + 1 < argc) {
      repeat = atoi(argv[++first_file]);
    } else {
      break;
    }
  }
  if (first_file >= argc || repeat < 1) {
    fprintf(stderr, "usage: ICUFloor [--locale fr|en] [--repeat N] FILE...\n");
    return 64;
  }
  int32_t status = 0;
  CICUFloor *floor = cicu_floor_open(locale, &status);
  if (floor == NULL) {
    fprintf(stderr, "ICUFloor: cannot open ICU word break for '%s' (ICU error %d)\n", locale, status);
    return 1;
  }
  double *times = malloc(sizeof(double) * (size_t)repeat);
  for (int i = first_file; i < argc; i++) {
    long length = 0;
    char *data = read_file(argv[i], &length);
    if (data == NULL) {
      fprintf(stderr, "ICUFloor: cannot read %s\n", argv[i]);
      return 1;
    }
    CICUFloorCount count = {0, 0, 0};
    for (int r = 0; r < repeat; r++) {
      double t0 = now();
      count = cicu_floor_count(floor, data, length);
      times[r] = now() - t0;
      if (count.status > 0) {
        fprintf(stderr, "ICUFloor: ICU error %d on %s\n", count.status, argv[i]);
        return 1;
      }
    }
    qsort(times, (size_t)repeat, sizeof(double), compare_doubles);
    printf("{\"file\": ");
    print_json_string(argv[i]);
    printf(", \"bytes\": %ld, \"boundaries\": %lld, \"words\": %lld, \"best_seconds\": %.9f, "
           "\"median_seconds\": %.9f}\n",
           length, (long long)count.boundaries, (long long)count.words, times[0], times[repeat / 2]);
    free(data);
  }
  free(times);
  cicu_floor_close(floor);
  return 0;
}
