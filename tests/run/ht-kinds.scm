;; Hash tables with each equivalence: equal? (the default), eq?, eqv?, string=?, and a custom one
;; with its hash function; the equivalence and hash function a table reports.
;; expect-stdout:
;; | equal: 1 2 3 4 5 6 #t
;; | eq: #f found #f found
;; | eqv: x 42
;; | string: 1 2
;; | custom: ten-ish 3
;; | (#t #t #t #t)
;; | (#t #t #t)
;; | #t

;; equal?: structure, strings, vectors, and records and procedures by identity.
(define-record-type point (make-point x y) point? (x point-x) (y point-y))
(define p (make-point 1 2))
(define t (make-hash-table))
(hash-table-set! t '(1 (2 3)) 1)
(hash-table-set! t "str" 2)
(hash-table-set! t (vector 'a "b" #\c) 3)
(hash-table-set! t p 4)
(hash-table-set! t car 5)
(hash-table-set! t (list 1 2 3 4 5 6 7 8 9 10 11) 6)
(display "equal: ")
(display (hash-table-ref t (list 1 (list 2 3)))) (display " ")
(display (hash-table-ref t (string-append "s" "tr"))) (display " ")
(display (hash-table-ref t (vector 'a (string #\b) #\c))) (display " ")
(display (hash-table-ref t p)) (display " ")
(display (hash-table-ref t car)) (display " ")
(display (hash-table-ref t (list 1 2 3 4 5 6 7 8 9 10 11))) (display " ")
;; Lists that differ only after the hashed prefix still differ.
(display (eq? 'none (hash-table-ref/default t (list 1 2 3 4 5 6 7 8 9 10 12) 'none)))
(newline)

;; eq?: a fresh list or string is another key.
(define e (make-hash-table eq?))
(define key (list 1 2))
(define s "abc")
(hash-table-set! e key 'found)
(hash-table-set! e s 'found)
(display "eq: ")
(display (hash-table-ref/default e (list 1 2) #f)) (display " ")
(display (hash-table-ref e key)) (display " ")
(display (hash-table-ref/default e (string-append "ab" "c") #f)) (display " ")
(display (hash-table-ref e s)) (newline)

(define v (make-hash-table eqv?))
(hash-table-set! v 42 'x)
(hash-table-set! v #\x 42)
(display "eqv: ")
(display (hash-table-ref v (* 6 7))) (display " ")
(write (hash-table-ref v #\x)) (newline)

(define st (make-hash-table string=?))
(hash-table-set! st "one" 1)
(hash-table-set! st (string #\t #\w #\o) 2)
(display "string: ")
(display (hash-table-ref st "one")) (display " ")
(display (hash-table-ref st "two")) (newline)

;; Numbers equal modulo 10.
(define (same-digit? a b) (= (modulo a 10) (modulo b 10)))
(define (digit-hash n) (modulo n 10))
(define c (make-hash-table same-digit? digit-hash))
(hash-table-set! c 10 'ten-ish)
(hash-table-set! c 3 1)
(hash-table-set! c 13 2)
(hash-table-set! c 23 3)
(display "custom: ")
(display (hash-table-ref c 20)) (display " ")
(display (hash-table-ref c 3)) (newline)

(display (list (eq? (hash-table-equivalence-function t) equal?)
               (eq? (hash-table-equivalence-function e) eq?)
               (eq? (hash-table-equivalence-function st) string=?)
               (eq? (hash-table-equivalence-function c) same-digit?)))
(newline)
(display (list (eq? (hash-table-hash-function c) digit-hash)
               (eq? (hash-table-hash-function t) hash)
               (eq? (hash-table-hash-function st) string-hash)))
(newline)
;; A known equivalence with another hash function is a custom table.
(define h (make-hash-table string=? (lambda (s) (string-length s))))
(hash-table-set! h "abc" 1)
(display (= 1 (hash-table-ref h (string-append "a" "bc"))))
(newline)
