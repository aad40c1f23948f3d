;; The hash functions: hash (equal-hash), string-hash, hash-by-identity, with and without a bound.
;; expect-stdout:
;; | (#t #t #t #t #t)
;; | (#t #t #t)
;; | (#t #t #t #t)
;; | (#t #t)
;; | #t
;; | (#t #t)

(define (nonneg-fixnum? h) (and (fixnum? h) (>= h 0)))
;; Equal values hash alike.
(display (list (= (hash (list 1 "two" #\3 'four (vector 5))) (hash (list 1 "two" #\3 'four (vector 5))))
               (= (hash "abc") (hash (string-append "a" "bc")))
               (= (hash "abc") (string-hash "abc"))
               (= (equal-hash '(a . b)) (hash (cons 'a 'b)))
               (= (hash-by-identity 'sym) (hash-by-identity (string->symbol "sym")))))
(newline)
;; Hashes are nonnegative fixnums, below the bound when one is given.
(display (list (nonneg-fixnum? (hash -5))
               (nonneg-fixnum? (hash (make-vector 3 -1)))
               (nonneg-fixnum? (hash-by-identity (lambda (x) x)))))
(newline)
(display (list (< (hash '(1 2 3) 7) 7)
               (< (string-hash "hello" 3) 3)
               (< (hash-by-identity #\a 2) 2)
               (= (hash 12345 10) 5)))
(newline)
;; Different values usually hash differently.
(display (list (not (= (hash 1) (hash 2))) (not (= (hash "ab") (hash "ba")))))
(newline)
;; A cyclic list hashes (the hash looks at a bounded prefix).
(define cyc (list 1 2 3))
(set-cdr! (cddr cyc) cyc)
(display (nonneg-fixnum? (hash cyc)))
(newline)
(define deep (list (list (list (list (list 1))))))
(display (list (nonneg-fixnum? (hash deep)) (= (hash deep) (hash (list (list (list (list (list 1)))))))))
(newline)
