;; define-record-type in a body (among internal defines) and inside a top-level begin.
;; expect-stdout:
;; | (3 4)
;; | #<frame size=2>
;; | 7
;; | #<leaf v=5>

(define (make-pair-list a b)
  (define-record-type duo (make-duo first second) duo? (first duo-first) (second duo-second))
  (define d (make-duo a b))
  (list (duo-first d) (duo-second d)))
(display (make-pair-list 3 4)) (newline)

(define (counter)
  (define start 0)
  (begin
    (define-record-type frame (make-frame size) frame? (size frame-size set-frame-size!)))
  (let ((f (make-frame start)))
    (set-frame-size! f 2)
    f))
(display (counter)) (newline)

(begin
  (define-record-type leaf (make-leaf v) leaf? (v leaf-v))
  (define seven (+ 2 (leaf-v (make-leaf 5)))))
(display seven) (newline)
(display (make-leaf 5))
(newline)
