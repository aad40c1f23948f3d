;; guard: clauses with tests, =>, else; re-raising to an outer guard when no clause matches;
;; the guard's body value when nothing is raised; runtime errors are error objects.
;; expect-stdout:
;; | (caught expected a pair, got)
;; | (str boom)
;; | 42
;; | (b . 23)
;; | 3
;; | inner
;; | 11
;; | (index 5 is out of range for (#(1 2)))
;; | (file-error? #f read-error? #f)
;; | wind: [in][out]caught

(define (show x) (display x) (newline))
(show (guard (e (#t (list 'caught (error-object-message e)))) (car 5)))
(show (guard (e ((symbol? e) (list 'sym e)) ((string? e) (list 'str e))) (raise "boom")))
(show (guard (e ((assq 'a e) => cdr) ((assq 'b e))) (raise (list (cons 'a 42)))))
(show (guard (e ((assq 'a e) => cdr) ((assq 'b e))) (raise (list (cons 'b 23)))))
(show (guard (e (else 'other)) (+ 1 2)))
(show (guard (e ((string? e) 'inner)) (guard (e2 ((number? e2) 'num)) (raise "s"))))
(show (with-exception-handler
       (lambda (e) 10)
       (lambda () (guard (e ((string? e) 's)) (+ 1 (raise-continuable 'x))))))
(show (guard (e (#t (list (error-object-message e) (error-object-irritants e))))
        (vector-ref (vector 1 2) 5)))
(show (guard (e (#t (list 'file-error? (file-error? e) 'read-error? (read-error? e)))) (error "x")))
(display "wind: ")
(show (guard (e (#t 'caught))
        (dynamic-wind (lambda () (display "[in]"))
                      (lambda () (raise 'x))
                      (lambda () (display "[out]")))))
