;;; mandelbrot (Chez Scheme, no declarations): the same code as mandelbrot.scm.
;;; mandelbrot: flonum arithmetic. For each point of a 200x200 grid over [-1.5, 0.5] x
;;; [-1, 1], iterate z := z^2 + c at most 100 times. Prints a checksum: the total number of
;;; iterations plus, for each point that escapes, floor(100 * |z|) at escape (as an integer).
(define size 200)
(define max-iter 100)

(define (point x y)
  (let ((cr (- (/ (* 2.0 (exact->inexact x)) size) 1.5))
        (ci (- (/ (* 2.0 (exact->inexact y)) size) 1.0)))
    (let loop ((zr 0.0) (zi 0.0) (i 0))
      (cond ((= i max-iter) i)
            ((> (+ (* zr zr) (* zi zi)) 4.0)
             (+ i (exact (floor (* 100.0 (sqrt (+ (* zr zr) (* zi zi))))))))
            (else
             (loop (+ (- (* zr zr) (* zi zi)) cr)
                   (+ (* 2.0 zr zi) ci)
                   (+ i 1)))))))

(define (run y x total)
  (cond ((= y size) total)
        ((= x size) (run (+ y 1) 0 total))
        (else (run y (+ x 1) (+ total (point x y))))))

(display (run 0 0 0))
(newline)
