;; Type predicates on one value of each type.
(define (types x)
  (list (pair? x) (null? x) (symbol? x) (string? x) (procedure? x)
        (vector? x) (char? x) (boolean? x) (fixnum? x)))
(for-each (lambda (x) (display (types x)) (newline))
          (list '(1) '() 'a "s" car '#(1) #\c #f 7))
