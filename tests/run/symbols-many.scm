;; Interning thousands of new symbols at run time: each name gives one symbol, still eq? to
;; itself when made again, and distinct from the others.
;; gc-stress: 65536
;; (under stress, every 64 KiB: thousands of interned symbols stay live)
;; expect-stdout:
;; | 3000
;; | #t
;; | #f
;; | sym-2999
;; | 3000

(define (make-sym i) (string->symbol (string-append "sym-" (number->string i))))
(define (make-all n)
  (let loop ((i (- n 1)) (acc '()))
    (if (< i 0) acc (loop (- i 1) (cons (make-sym i) acc)))))
(define syms (make-all 3000))
(display (length syms)) (newline)
(display (eq? (list-ref syms 1234) (make-sym 1234))) (newline)
(display (eq? (list-ref syms 1234) (make-sym 1235))) (newline)
(display (list-ref syms 2999)) (newline)
(define (count-distinct l)
  (let loop ((l l) (seen '()) (n 0))
    (cond ((null? l) n)
          ((memq (car l) seen) (loop (cdr l) seen n))
          (else (loop (cdr l) (cons (car l) seen) (+ n 1))))))
(display (count-distinct (append syms (make-all 3000)))) (newline)
