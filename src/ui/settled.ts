import type { Resource } from 'solid-js';

/**
 * A resource's value once it has one; `failed` if it failed; undefined while it loads the first time.
 * Read this way it never suspends the page around it: reading a resource directly inside a
 * route's page hands the whole page to the router's "Opening…" until the resource resolves.
 */
export function settled<T>(resource: Resource<T>, failed?: T): T | undefined {
  if (resource.state === 'ready' || resource.state === 'refreshing') return resource.latest;
  return resource.state === 'errored' ? failed : undefined;
}
