import { Pacer } from './pacing';

describe('Pacer', () => {
  const limit = { intervalMs: 2000, burst: 3 };

  it('lets a burst go at once, then one every interval, each key on its own', () => {
    const pacer = new Pacer(limit);
    const waits = ['a', 'b', 'c', 'd', 'e'].map((job) => pacer.take('chat-1', job, 0));
    expect(waits).toEqual([0, 0, 0, 2000, 4000]);
    expect(pacer.take('chat-2', 'f', 0)).toBe(0);
  });

  it('keeps a waiting job its slot: it goes when it comes back, and later work queues behind it', () => {
    const pacer = new Pacer(limit);
    for (const job of ['a', 'b', 'c']) pacer.take('chat', job, 0);
    expect(pacer.take('chat', 'late', 0)).toBe(2000);
    expect(pacer.take('chat', 'later', 500)).toBe(3500);
    expect(pacer.take('chat', 'late', 1000)).toBe(1000); // back too early: still its own slot
    expect(pacer.take('chat', 'late', 2000)).toBe(0);
    expect(pacer.take('chat', 'later', 4000)).toBe(0);
  });

  it('refills with time: after a quiet spell a new burst goes at once', () => {
    const pacer = new Pacer(limit);
    for (const job of ['a', 'b', 'c']) pacer.take('chat', job, 0);
    expect(['d', 'e', 'f'].map((job) => pacer.take('chat', job, 10_000))).toEqual([0, 0, 0]);
  });
});
