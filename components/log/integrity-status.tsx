import type { ChainVerification } from '@/lib/records/verify-chain';

/** Whether the log is as it was written: every hash and link recomputed on each change. */
export function IntegrityStatus({ verification }: { verification: ChainVerification | undefined }) {
  if (!verification) {
    return (
      <p className="integrity" role="status">
        Checking integrity…
      </p>
    );
  }
  const { ok, entries, firstBroken } = verification;
  return (
    <p className={`integrity ${ok ? 'integrity-ok' : 'integrity-broken'}`} role="status">
      {ok || !firstBroken
        ? `Integrity verified: ${entries} ${entries === 1 ? 'entry' : 'entries'}`
        : `Integrity check failed at entry ${firstBroken.seq}: ${firstBroken.reason}`}
    </p>
  );
}
