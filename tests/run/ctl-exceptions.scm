;; raise, raise-continuable, with-exception-handler and error objects (R7RS).
;; expect-stdout:
;; | 43
;; | caught: (expected a pair, got (5))
;; | bad thing (1 2) #t
;; | #<error bad thing 1 2>
;; | #<error f: wrong 3>
;; | handler saw oops, outer saw: an exception handler returned from a non-continuable raise:
;; | nested: inner
;; | after: #f

(define (show . xs) (for-each display xs) (newline))
(show (with-exception-handler (lambda (e) 42) (lambda () (+ 1 (raise-continuable 'oops)))))
(show "caught: "
      (call/cc (lambda (k)
                 (with-exception-handler
                  (lambda (e) (k (cons (error-object-message e) (list (error-object-irritants e)))))
                  (lambda () (car 5))))))
(define e1 (call/cc (lambda (k) (with-exception-handler (lambda (e) (k e)) (lambda () (error "bad thing" 1 2))))))
(show (error-object-message e1) " " (error-object-irritants e1) " " (error-object? e1))
(show e1)
(show (call/cc (lambda (k) (with-exception-handler (lambda (e) (k e)) (lambda () (error 'f "wrong" 3))))))
(show (call/cc
       (lambda (outer)
         (with-exception-handler
          (lambda (e) (outer (string-append "outer saw: " (error-object-message e))))
          (lambda ()
            (with-exception-handler
             (lambda (e) (display "handler saw ") (display e) (display ", ") 'returned)
             (lambda () (raise 'oops))))))))
(show "nested: "
      (call/cc (lambda (k)
                 (with-exception-handler
                  (lambda (e) (k e))
                  (lambda ()
                    (with-exception-handler
                     (lambda (e) (raise 'inner))
                     (lambda () (raise 'outer))))))))
(show "after: " (error-object? 'x))
