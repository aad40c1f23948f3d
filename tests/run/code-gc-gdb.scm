;; With VVM_GDB=1 every module compiled at run time is registered with gdb at once (one symbol
;; file each here); when the collector frees a module's code, it unregisters the symbol file
;; (its handle in %jit-symfiles becomes 0). Code that stays reachable stays registered.
;; env: VVM_GDB=1
;; gc-stress: 65536
;; expect-stdout:
;; | registered: #t
;; | unregistered most: #t
;; | the kept one still registered: #t

(define keep (eval '(lambda (x) (+ x 1))))
(define (churn n) (if (> n 0) (begin ((eval `(lambda () ,n))) (churn (- n 1)))))
(churn 400)
(define (garbage n) (if (> n 0) (begin (make-vector 1000 0) (garbage (- n 1)))))
(garbage 2000)
(define (count-handles pred l n)
  (cond ((null? l) n)
        ((pred (vector-ref (car l) 0)) (count-handles pred (cdr l) (+ n 1)))
        (else (count-handles pred (cdr l) n))))
(display "registered: ") (display (>= (length %jit-symfiles) 400)) (newline)
(display "unregistered most: ")
(display (> (count-handles (lambda (h) (eqv? h 0)) %jit-symfiles 0) 350)) (newline)
;; The symbol file covering `keep` is the oldest one (the program's own is older still).
(define (covers? s addr) (and (<= (vector-ref s 1) addr) (< addr (vector-ref s 2))))
(define (find-file l addr) (cond ((null? l) #f) ((covers? (car l) addr) (car l)) (else (find-file (cdr l) addr))))
(display "the kept one still registered: ")
(display (let ((s (find-file %jit-symfiles (%closure-entry keep)))) (and s (not (eqv? (vector-ref s 0) 0)))))
(newline)
