// node: skip (node 20's node:wasi never returns from poll_oneoff with an absolute clock that is already past)
/* poll_oneoff with absolute clock subscriptions (past and 20 ms ahead) and a mix of clocks: the earliest wins. */
#include "wt.h"

static __wasi_timestamp_t now(void) {
    __wasi_timestamp_t t = 0;
    (void)!__wasi_clock_time_get(__WASI_CLOCKID_MONOTONIC, 1, &t);
    return t;
}

int main(void) {
    __wasi_subscription_t in[2];
    __wasi_event_t out[2];
    __wasi_size_t n = 0;
    memset(in, 0, sizeof in);
    in[0].userdata = 1;
    in[0].u.tag = __WASI_EVENTTYPE_CLOCK;
    in[0].u.u.clock.id = __WASI_CLOCKID_MONOTONIC;
    in[0].u.u.clock.flags = __WASI_SUBCLOCKFLAGS_SUBSCRIPTION_CLOCK_ABSTIME;
    in[0].u.u.clock.timeout = 1;
    RAW(__wasi_poll_oneoff(in, out, 1, &n));
    SHOW("past absolute: n=%u userdata=%llu error=%u type=%u", (unsigned)n, (unsigned long long)out[0].userdata,
         out[0].error, out[0].type);
    __wasi_timestamp_t t0 = now();
    in[0].u.u.clock.timeout = t0 + 20000000ULL;
    RAW(__wasi_poll_oneoff(in, out, 1, &n));
    SHOW("future absolute waited >= 20ms: %d", now() - t0 >= 20000000ULL);
    /* Two clocks: the relative 5 ms one fires before the absolute one 10 s ahead. */
    in[0].u.u.clock.timeout = now() + 10000000000ULL;
    in[1] = in[0];
    in[1].userdata = 2;
    in[1].u.u.clock.flags = 0;
    in[1].u.u.clock.timeout = 5000000;
    t0 = now();
    RAW(__wasi_poll_oneoff(in, out, 2, &n));
    SHOW("first event userdata=%llu n=%u quick=%d", (unsigned long long)out[0].userdata, (unsigned)n,
         now() - t0 < 5000000000ULL);
    /* A realtime absolute clock in the past. */
    in[0].u.u.clock.id = __WASI_CLOCKID_REALTIME;
    in[0].u.u.clock.timeout = 1000;
    RAW(__wasi_poll_oneoff(in, out, 1, &n));
    SHOW("realtime past: n=%u error=%u", (unsigned)n, out[0].error);
    return 0;
}
