;; cond with => passes the test's value to the receiver; a test-only clause yields it.
(define (lookup key alist)
  (cond ((assq key alist) => cdr)
        ((memq key '(x y)))
        (else 'missing)))
(display (list (lookup 'b '((a . 1) (b . 2))) (lookup 'y '()) (lookup 'z '())))
(newline)
