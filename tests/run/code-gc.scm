;; Code compiled at run time is freed once nothing can run it: 3000 evals of throwaway
;; procedures leave only a few modules behind, while code that a live closure, a global, or a
;; running frame can still run survives every collection and keeps working.
;; gc-stress: 65536
;; expect-stdout:
;; | 42
;; | (kept 7 8)
;; | freed most: #t
;; | live modules few: #t
;; | (42 (kept 7 8) 3000)
;; | running frame survived: done

(define triple (eval '(lambda (x) (* x 3))))
(eval '(define (kept-global a b) (list 'kept a b)))

(define (churn n acc)
  (if (= n 0)
      acc
      (churn (- n 1) (+ acc ((eval `(lambda () ,1)))))))

(display (triple 14)) (newline)
(display (kept-global 7 8)) (newline)
(define total (churn 3000 0))
;; A collection after the churn frees what it left.
(define (garbage n) (if (> n 0) (begin (make-vector 1000 0) (garbage (- n 1)))))
(garbage 2000)
(display "freed most: ") (display (> %cs-freed-modules 2500)) (newline)
(display "live modules few: ") (display (< (length %code-modules) 100)) (newline)
(display (list (triple 14) (kept-global 7 8) total)) (newline)

;; A procedure whose only reference is the frame running it: it collects while it runs, and
;; returns into its own code afterwards.
((eval '(lambda ()
          (let loop ((i 0))
            (if (< i 300) (begin (make-vector 1000 0) (loop (+ i 1)))))
          (display "running frame survived: done")
          (newline))))
