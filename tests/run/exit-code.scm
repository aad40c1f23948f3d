;; (exit 3) from deep inside the program: output so far is flushed, nothing after runs.
;; expect-exit: 3
;; expect-stdout:
;; | before exit

(define (deep n)
  (if (= n 0)
      (exit 3)
      (+ 1 (deep (- n 1)))))
(display "before exit")
(newline)
(display (deep 100))
(display "after exit")
(newline)
