/** What the replicas test and its replica processes (fixtures/replica-main.ts) say over the IPC channel. */

/** Controller → replica: run one scheduler tick at the instant now in the clock file. */
export type ControllerMessage = { type: 'tick'; id: number };

export type ReplicaMessage =
  /** The first (catch-up) tick is over and the trigger started: the replica takes part from now on. */
  | { type: 'ready'; pid: number }
  /** The tick `id` is over; `ran` is false when the scheduler was not running (starting or stopping). */
  | { type: 'ticked'; id: number; ran: boolean };
