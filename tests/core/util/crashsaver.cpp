// Crash harness, writer side: saves the project at argv[1] alternately as version A and B (see
// crashversions.h) with ProjectFile::save until it is killed. tst_crashsafety kills it with SIGKILL
// at random moments and checks that the file is always one complete version.
#include "crashversions.h"

#include <cstdio>

int main(int argc, char *argv[])
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: crashsaver TARGET.greenlight.json EXAMPLE.greenlight.json\n");
        return 2;
    }
    const greenlight::Project versions[2] = {crashversions::version(argv[2], false),
                                             crashversions::version(argv[2], true)};
    std::puts("saving");
    std::fflush(stdout);
    for (unsigned long i = 0;; ++i) {
        std::string error;
        if (!greenlight::ProjectFile::save(argv[1], versions[i % 2], error)) {
            std::fprintf(stderr, "crashsaver: %s\n", error.c_str());
            return 1;
        }
        // Lets the harness kill after a chosen number of complete saves, whatever the machine's load.
        std::printf("saved %lu\n", i);
        std::fflush(stdout);
    }
}
