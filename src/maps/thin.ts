/**
 * Drops vertices closer than `minDistance` screen units to the last kept one,
 * while the geometry is being projected. Boundaries files carry far more
 * detail than a map on a screen can show; thinning at display resolution
 * makes the SVG several times smaller with no visible difference. Each ring
 * keeps its first and last point, so rings stay closed.
 */
import type { GeoStream, GeoStreamWrapper } from 'd3-geo';

export function thinned(projection: GeoStreamWrapper, minDistance = 1.2): GeoStreamWrapper {
  const min2 = minDistance * minDistance;
  return {
    stream(output: GeoStream): GeoStream {
      let inLine = false;
      let lastX = NaN;
      let lastY = NaN;
      let pendingX = NaN;
      let pendingY = NaN;
      let pending = false;
      const thin: GeoStream = {
        point(x, y) {
          if (!inLine) return output.point(x, y);
          if (Number.isNaN(lastX)) {
            output.point(x, y);
            lastX = x;
            lastY = y;
            return;
          }
          const dx = x - lastX;
          const dy = y - lastY;
          if (dx * dx + dy * dy >= min2) {
            output.point(x, y);
            lastX = x;
            lastY = y;
            pending = false;
          } else {
            pendingX = x;
            pendingY = y;
            pending = true;
          }
        },
        lineStart() {
          inLine = true;
          lastX = lastY = NaN;
          pending = false;
          output.lineStart();
        },
        lineEnd() {
          if (pending) output.point(pendingX, pendingY);
          inLine = false;
          output.lineEnd();
        },
        polygonStart: () => output.polygonStart(),
        polygonEnd: () => output.polygonEnd(),
        sphere: () => output.sphere?.(),
      };
      return projection.stream(thin);
    },
  };
}
