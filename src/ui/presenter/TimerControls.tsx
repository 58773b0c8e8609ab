import { timeLeft, timerPhase, type TimerState } from '../../facilitate/session';
import { formatCountdown } from '../clock';

const PHASE_NOTE = {
  idle: 'Not started: hidden on the projector',
  running: 'Running on the projector',
  lastMinute: 'Last minute',
  paused: 'Paused',
  done: 'Time’s up',
} as const;

/** The current exercise's timer: at "Time's up" it offers to start again, not to pause. */
export function TimerControls(props: {
  timer: TimerState;
  now: number;
  onStart: () => void;
  onPause: () => void;
  onReset: () => void;
  onAddMinute: () => void;
}) {
  const phase = () => timerPhase(props.timer, props.now);
  const running = () => props.timer.startedAt !== undefined && phase() !== 'done';
  return (
    <section class="timer-controls" data-phase={phase()} aria-labelledby="timer-title">
      <h2 id="timer-title" class="sr-only">
        Timer
      </h2>
      <p class="timer-display" role="timer" aria-live="off">
        {formatCountdown(timeLeft(props.timer, props.now))}
      </p>
      <p class="timer-note">{PHASE_NOTE[phase()]}</p>
      <div class="timer-buttons">
        <button type="button" class={running() ? undefined : 'primary'} onClick={() => (running() ? props.onPause() : props.onStart())}>
          {running() ? 'Pause timer (T)' : phase() === 'done' ? 'Start again (T)' : 'Start timer (T)'}
        </button>
        <button type="button" onClick={() => props.onReset()}>
          Reset
        </button>
        <button type="button" onClick={() => props.onAddMinute()}>
          +1 min
        </button>
      </div>
    </section>
  );
}
