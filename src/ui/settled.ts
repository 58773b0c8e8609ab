import type { Resource } from 'solid-js';

/**
 * A resource's value once it has one, or undefined while it loads the first time or failed.
 * Read this way it never suspends the page around it: reading a resource directly inside a
 * route's page hands the whole page to the router's "Opening…" until the resource resolves.
 */
export function settled<T>(resource: Resource<T>): T | undefined {
  return resource.state === 'ready' || resource.state === 'refreshing' ? resource.latest : undefined;
}
