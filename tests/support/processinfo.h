#pragma once

#include <QtGlobal>

// What /proc says of a process (this one by default): -1 where the system
// does not say. For the benchmark's probes and the tests that watch the app
// from outside over hours.

// The peak resident memory (VmHWM) in KiB.
qint64 peakResidentKiB(qint64 pid = 0);
// The resident memory now (VmRSS) in KiB.
qint64 residentKiB(qint64 pid = 0);
// The open file descriptors (sockets, files, pipes, eventfds).
qint64 openFileCount(qint64 pid = 0);
