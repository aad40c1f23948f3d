;; define-record-type: constructor, predicate, accessors, modifiers, and how records print.
;; expect-stdout:
;; | 1 2
;; | 10 2
;; | (#t #f #f #f #f)
;; | #<point x=10 y=2>
;; | #<point x=10 y=2>
;; | #<person name="Ann" age=#f>
;; | #<person name=Ann age=#f>
;; | (Ann 36)
;; | #<record-type point> #<record-type person>
;; | #<empty>
;; | (#t #f)
;; | (#<point x=#<point x=0 y=0> y=(1 2)>)
;; | #<kons car=a cdr=b>
;; | (#t #f)
;; | (#f #t)

(define-record-type point (make-point x y) point? (x point-x set-point-x!) (y point-y set-point-y!))
(define p (make-point 1 2))
(display (point-x p)) (display " ") (display (point-y p)) (newline)
(set-point-x! p 10)
(display (point-x p)) (display " ") (display (point-y p)) (newline)
;; Angle brackets around the type name are not printed.
(define-record-type <person> (make-person name) person? (name person-name) (age person-age set-person-age!))
(define ann (make-person "Ann"))
(display (list (point? p) (point? ann) (person? p) (point? 5) (point? (vector point 1 2))))
(newline)
(display p) (newline)
(write p) (newline)
(write ann) (newline)
(display ann) (newline)
(set-person-age! ann 36)
(display (list (person-name ann) (person-age ann))) (newline)
(display point) (display " ") (display <person>) (newline)
;; No fields; a constructor given as a bare name takes every field in order.
(define-record-type empty (make-empty) empty?)
(display (make-empty)) (newline)
(display (list (empty? (make-empty)) (empty? p))) (newline)
(write (list (make-point (make-point 0 0) '(1 2)))) (newline)
(define-record-type kons make-kons kons? (car kons-car) (cdr kons-cdr))
(display (make-kons 'a 'b)) (newline)
;; Records are equal? only to themselves.
(display (list (equal? p p) (equal? (make-point 1 2) (make-point 1 2)))) (newline)
;; Constructor arguments in another order, and a field named like the type.
(define-record-type cell (make-cell value cell) cell? (cell cell-cell) (value cell-value))
(define c (make-cell 'v #f))
(display (list (cell-cell c) (cell? c))) (newline)
