;; define-record-type: a descriptor, a constructor that allocates a type-6 object, a predicate,
;; an accessor and a modifier that check the type inline.
(define-record-type <point> (make-point x y) point? (x point-x set-point-x!) (y point-y))
(define p (make-point 1 2))
(set-point-x! p 3)
(display (point-x p))
