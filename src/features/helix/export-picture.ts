import { downloadBlob } from '../../ui/download';

/**
 * Style properties written onto each element so an exported picture looks as it does on screen, outside the
 * app. They go in as SVG presentation attributes: a style attribute would be refused by the page's CSP.
 */
const PROPS = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity', 'font-family', 'font-size', 'font-weight', 'paint-order', 'stroke-linecap', 'stroke-linejoin'];

interface Size {
  width: number;
  height: number;
}

/**
 * The whole picture as standalone SVG text, whatever part of it is on screen: the view is reset to the layout's
 * full extent (zoom and pan, and lane names kept at the left edge while panning, go back to their places),
 * computed colours are inlined, and the page background is painted in.
 */
export function serializePicture(svg: SVGSVGElement, size: Size): { text: string; width: number; height: number } {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const source = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  source.forEach((element, i) => {
    const copy = copies[i];
    if (!copy) return;
    const computed = getComputedStyle(element);
    for (const prop of PROPS) {
      const value = computed.getPropertyValue(prop);
      if (value) copy.setAttribute(prop, value);
    }
    copy.removeAttribute('class');
    copy.removeAttribute('tabindex');
  });
  for (const group of clone.querySelectorAll('[data-home]')) group.setAttribute('transform', group.getAttribute('data-home') ?? '');
  for (const gutter of clone.querySelectorAll('[data-sticky]')) gutter.remove();
  const width = Math.ceil(size.width);
  const height = Math.ceil(size.height);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  return { text: new XMLSerializer().serializeToString(clone), width, height };
}

export function downloadSvg(svg: SVGSVGElement, name: string, size: Size) {
  downloadBlob(`${name}.svg`, new Blob([serializePicture(svg, size).text], { type: 'image/svg+xml' }));
}

/** Draws the whole picture into a canvas at twice its size and saves it as PNG. */
export function downloadPng(svg: SVGSVGElement, name: string, size: Size): Promise<void> {
  const { text, width, height } = serializePicture(svg, size);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = width * 2;
      canvas.height = height * 2;
      const context = canvas.getContext('2d');
      if (!context) {
        URL.revokeObjectURL(url);
        reject(new Error('Canvas is not available'));
        return;
      }
      context.scale(2, 2);
      context.drawImage(image, 0, 0, width, height);
      URL.revokeObjectURL(url);
      canvas.toBlob((blob) => {
        if (blob) {
          downloadBlob(`${name}.png`, blob);
          resolve();
        } else reject(new Error('The picture could not be drawn'));
      }, 'image/png');
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('The picture could not be drawn'));
    };
    image.src = url;
  });
}
