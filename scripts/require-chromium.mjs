// Fails the test command early, with install instructions, when no Chromium is present.
import { chromiumPath } from './chromium-path.mjs';

try {
  console.log(`Chromium: ${chromiumPath()}`);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
