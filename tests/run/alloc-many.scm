;; Allocate about 70 MB of pairs in total, more than two 32 MB allocation regions, so the
;; allocator must map new regions while the program runs.
;; gc-stress: 4194304
;; (under stress, collect every 4 MiB: it allocates 70 MB with megabytes live)
;; expect-stdout:
;; | 450001500000
;; | 300000

(define (build n acc) (if (= n 0) acc (build (- n 1) (cons n acc))))
(define (sum-list l acc) (if (null? l) acc (sum-list (cdr l) (+ acc (car l)))))
(define last #f)
(let loop ((round 0) (total 0))
  (if (= round 10)
      (begin (display total) (newline))
      (let ((l (build 300000 '())))
        (set! last l)
        (loop (+ round 1) (+ total (sum-list l 0))))))
(display (length last))
(newline)
