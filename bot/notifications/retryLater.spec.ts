import { DeferJobError, PermanentJobError, TransientJobError } from '../../shared/jobs/errors';
import { RetryLater } from './retryLater';

const fails = (error: unknown) => async () => {
  throw error;
};
const works = async () => undefined;

describe('RetryLater', () => {
  it('lets every part run, and says which ones were done', async () => {
    const retry = new RetryLater();
    expect(await retry.unlessPermanent(works)).toBe(true);
    expect(await retry.unlessPermanent(fails(new TransientJobError('down')))).toBe(false);
    expect(await retry.unlessPermanent(works)).toBe(true);
  });

  it('retries for a real failure even when another part only waits for its slot (the failure uses an attempt)', async () => {
    const retry = new RetryLater();
    await retry.unlessPermanent(fails(new DeferJobError(2000)));
    await retry.unlessPermanent(fails(Object.assign(new Error('Service Unavailable'), { statusCode: 503 })));
    expect(() => retry.throwIfAny()).toThrow('Service Unavailable');
  });

  it('with deferrals only, comes back at the earliest slot', async () => {
    const retry = new RetryLater();
    await retry.unlessPermanent(fails(new DeferJobError(6000)));
    await retry.unlessPermanent(fails(new DeferJobError(2000)));
    expect(() => retry.throwIfAny()).toThrow(expect.objectContaining({ waitMs: 2000 }));
  });

  it('leaves a part that will never work undone without retrying the job', async () => {
    const retry = new RetryLater();
    await retry.unlessPermanent(fails(new PermanentJobError('no such user')));
    await retry.unlessPermanent(fails(Object.assign(new Error('Forbidden'), { statusCode: 403 })));
    expect(() => retry.throwIfAny()).not.toThrow();
  });
});
