/**
 * Zoom and pan for the Helix picture as plain arithmetic (after tldraw's camera): a camera is the world point
 * at the frame's top-left corner and a scale in screen px per world unit. Every function returns a new camera,
 * kept inside the limits, so the view can never lose the picture. No DOM: the component measures the frame.
 */

export interface Camera {
  x: number;
  y: number;
  /** Screen px per world unit. */
  scale: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/** The picture and the frame it is shown in. */
export interface Viewport {
  content: Size;
  frame: Size;
}

/** Zooming in stops here; zooming out stops at the fitted view (never smaller than the layout's own size). */
export const MAX_ZOOM = 6;

/** The default view: the whole picture, at the scale that fits the frame (1 when the layout was made for it). */
export function fitCamera({ content, frame }: Viewport): Camera {
  const scale = Math.min(1, frame.width / content.width, frame.height / content.height);
  return { x: 0, y: 0, scale: Number.isFinite(scale) && scale > 0 ? scale : 1 };
}

export function minScale(viewport: Viewport): number {
  return fitCamera(viewport).scale;
}

/** The camera moved the least so the frame shows only picture (or, where the picture is smaller, all of it). */
export function clampCamera(camera: Camera, viewport: Viewport): Camera {
  const scale = Math.min(MAX_ZOOM, Math.max(minScale(viewport), camera.scale));
  const clampAxis = (value: number, content: number, frame: number) => {
    const visible = frame / scale;
    if (visible >= content) return 0;
    return Math.min(Math.max(value, 0), content - visible);
  };
  return {
    scale,
    x: clampAxis(camera.x, viewport.content.width, viewport.frame.width),
    y: clampAxis(camera.y, viewport.content.height, viewport.frame.height),
  };
}

export function screenToWorld(camera: Camera, point: Point): Point {
  return { x: camera.x + point.x / camera.scale, y: camera.y + point.y / camera.scale };
}

export function worldToScreen(camera: Camera, point: Point): Point {
  return { x: (point.x - camera.x) * camera.scale, y: (point.y - camera.y) * camera.scale };
}

/** Zooms by `factor` about a screen point (the frame's centre by default), which stays where it is on screen. */
export function zoomAt(camera: Camera, factor: number, viewport: Viewport, at: Point = { x: viewport.frame.width / 2, y: viewport.frame.height / 2 }): Camera {
  const scale = Math.min(MAX_ZOOM, Math.max(minScale(viewport), camera.scale * factor));
  const anchor = screenToWorld(camera, at);
  return clampCamera({ scale, x: anchor.x - at.x / scale, y: anchor.y - at.y / scale }, viewport);
}

/** Moves the view by a distance in screen px (a drag moves it by minus the pointer's movement). */
export function panBy(camera: Camera, dx: number, dy: number, viewport: Viewport): Camera {
  return clampCamera({ ...camera, x: camera.x + dx / camera.scale, y: camera.y + dy / camera.scale }, viewport);
}

/** The least pan that brings a world box fully into view (centred on it when it is larger than the frame). */
export function revealBox(camera: Camera, box: Point & Size, viewport: Viewport, margin = 8): Camera {
  const axis = (start: number, length: number, view: number, size: number) => {
    const pad = margin / camera.scale;
    if (length + pad * 2 > size) return start + length / 2 - size / 2;
    if (start - pad < view) return start - pad;
    if (start + length + pad > view + size) return start + length + pad - size;
    return view;
  };
  const width = viewport.frame.width / camera.scale;
  const height = viewport.frame.height / camera.scale;
  return clampCamera({ scale: camera.scale, x: axis(box.x, box.width, camera.x, width), y: axis(box.y, box.height, camera.y, height) }, viewport);
}

/** The SVG viewBox for a camera in a frame. */
export function viewBoxOf(camera: Camera, frame: Size): string {
  return `${camera.x} ${camera.y} ${frame.width / camera.scale} ${frame.height / camera.scale}`;
}
