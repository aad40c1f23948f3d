;; Included by points.sld: the body of (vvm-test points).
(define-record-type point (make-point x y) point? (x point-x) (y point-y))
(define (helper p) (+ (* (point-x p) (point-x p)) (* (point-y p) (point-y p))))
(define (point-norm2 p) (tick!) (helper p))
(define-syntax with-point
  (syntax-rules ()
    ((_ (a b) p body ...) (let ((a (point-x p)) (b (point-y p))) (tick!) (helper p) body ...))))
