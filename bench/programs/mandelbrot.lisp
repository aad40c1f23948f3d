;;; mandelbrot: the same algorithm as mandelbrot.scm, in double floats. SBCL, no declarations.
(defparameter *size* 200)
(defparameter *max-iter* 100)

(defun point (x y)
  (let ((cr (- (/ (* 2d0 (float x 1d0)) *size*) 1.5d0))
        (ci (- (/ (* 2d0 (float y 1d0)) *size*) 1d0)))
    (do ((zr 0d0 (+ (- (* zr zr) (* zi zi)) cr))
         (zi 0d0 (+ (* 2d0 zr zi) ci))
         (i 0 (+ i 1)))
        ((or (= i *max-iter*) (> (+ (* zr zr) (* zi zi)) 4d0))
         (if (= i *max-iter*)
             i
             (+ i (floor (* 100d0 (sqrt (+ (* zr zr) (* zi zi)))))))))))

(let ((total 0))
  (dotimes (y *size*)
    (dotimes (x *size*)
      (incf total (point x y))))
  (format t "~D~%" total))
