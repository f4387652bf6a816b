// What the bench's phases share to load a server and see what it cost: an autocannon run of distinct activities,
// and CPU time read from /proc.
import fs from 'node:fs';
import autocannon from 'autocannon';

/** One autocannon run; `next(stop)` builds each request's activity, so every request can be distinct. */
export function cannon(url, { seconds, connections }, next) {
  let instance;
  const requests = [{
    method: 'POST',
    path: '/api/messages',
    headers: { 'content-type': 'application/json' },
    setupRequest: (req) => ({ ...req, body: JSON.stringify(next(() => instance.stop())) }),
  }];
  return new Promise((resolve, reject) => {
    instance = autocannon({ url, connections, duration: seconds, requests }, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

/** CPU time (user + system, all threads) a process has used, in µs; undefined where /proc is missing. */
export function cpuMicros(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1e6) / 100; // clock ticks of 1/100 s
  } catch {
    return undefined;
  }
}

/** The whole machine's CPU ticks so far (busy and total), from /proc/stat; undefined where it is missing. */
export function machineTicks() {
  try {
    const [, ...fields] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
    const total = fields.reduce((a, b) => a + b, 0);
    return { busy: total - fields[3] - fields[4], total }; // less idle and iowait
  } catch {
    return undefined;
  }
}
