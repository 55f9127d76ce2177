/**
 * The few browser globals pdfjs-dist touches when it is loaded in Node. The reader only asks
 * for text and the operator list, never renders, so an affine matrix with the operations
 * pdfjs calls is enough; no native canvas is needed. Installed only where missing.
 */

type Init = number[] | undefined;

class AffineMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;

  constructor(init?: Init) {
    if (init && init.length >= 6)
      [this.a, this.b, this.c, this.d, this.e, this.f] = init as [number, number, number, number, number, number];
  }

  get is2D(): boolean {
    return true;
  }

  get isIdentity(): boolean {
    return this.a === 1 && this.b === 0 && this.c === 0 && this.d === 1 && this.e === 0 && this.f === 0;
  }

  private set(m: number[]): this {
    [this.a, this.b, this.c, this.d, this.e, this.f] = m as [number, number, number, number, number, number];
    return this;
  }

  private list(): number[] {
    return [this.a, this.b, this.c, this.d, this.e, this.f];
  }

  multiplySelf(o: AffineMatrix): this {
    return this.set(multiply(this.list(), o.list()));
  }

  preMultiplySelf(o: AffineMatrix): this {
    return this.set(multiply(o.list(), this.list()));
  }

  multiply(o: AffineMatrix): AffineMatrix {
    return new AffineMatrix(multiply(this.list(), o.list()));
  }

  translate(x = 0, y = 0): AffineMatrix {
    return this.multiply(new AffineMatrix([1, 0, 0, 1, x, y]));
  }

  translateSelf(x = 0, y = 0): this {
    return this.multiplySelf(new AffineMatrix([1, 0, 0, 1, x, y]));
  }

  scale(x = 1, y = x): AffineMatrix {
    return this.multiply(new AffineMatrix([x, 0, 0, y, 0, 0]));
  }

  scaleSelf(x = 1, y = x): this {
    return this.multiplySelf(new AffineMatrix([x, 0, 0, y, 0, 0]));
  }

  invertSelf(): this {
    const det = this.a * this.d - this.b * this.c;
    if (det === 0) return this.set([NaN, NaN, NaN, NaN, NaN, NaN]);
    const { a, b, c, d, e, f } = this;
    return this.set([d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det]);
  }

  inverse(): AffineMatrix {
    return new AffineMatrix(this.list()).invertSelf();
  }
}

/** Product m·n of two affine matrices [a b c d e f]: apply n, then m (as pdfjs Util.transform). */
export function multiply(m: number[], n: number[]): number[] {
  const [a1 = 1, b1 = 0, c1 = 0, d1 = 1, e1 = 0, f1 = 0] = m;
  const [a2 = 1, b2 = 0, c2 = 0, d2 = 1, e2 = 0, f2 = 0] = n;
  return [
    a1 * a2 + c1 * b2,
    b1 * a2 + d1 * b2,
    a1 * c2 + c1 * d2,
    b1 * c2 + d1 * d2,
    a1 * e2 + c1 * f2 + e1,
    b1 * e2 + d1 * f2 + f1,
  ];
}

class NoPath {
  addPath(): void {}
  moveTo(): void {}
  lineTo(): void {}
  bezierCurveTo(): void {}
  quadraticCurveTo(): void {}
  closePath(): void {}
  rect(): void {}
}

export function installPolyfills(): void {
  const g = globalThis as Record<string, unknown>;
  g.DOMMatrix ??= AffineMatrix;
  g.Path2D ??= NoPath;
}
