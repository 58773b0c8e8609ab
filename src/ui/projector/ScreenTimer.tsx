import { Match, Switch } from 'solid-js';
import { timeLeft, timerPhase, type TimerState } from '../../facilitate/session';
import { formatCountdown } from '../clock';

/**
 * The timer as the room sees it: nothing until the facilitator starts it, then large;
 * marked in its last minute, "Time's up" at zero, and "Paused" while paused.
 */
export function ScreenTimer(props: { timer: TimerState; now: number }) {
  const phase = () => timerPhase(props.timer, props.now);
  const left = () => formatCountdown(timeLeft(props.timer, props.now));
  return (
    <Switch>
      <Match when={phase() === 'done'}>
        <p class="screen-timer done" role="timer">
          Time’s up
        </p>
      </Match>
      <Match when={phase() === 'paused'}>
        <p class="screen-timer paused" role="timer">
          <span class="screen-timer-note">Paused</span> {left()}
        </p>
      </Match>
      <Match when={phase() !== 'idle'}>
        <p
          class="screen-timer running"
          classList={{ 'last-minute': phase() === 'lastMinute' }}
          role="timer"
          aria-label={`Time left ${left()}`}
        >
          {left()}
        </p>
      </Match>
    </Switch>
  );
}
