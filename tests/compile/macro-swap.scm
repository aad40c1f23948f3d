;; A hygienic macro: swap!'s tmp is renamed, so the user's tmp is swapped, not captured; the
;; top-level define-syntax also defines the macro at run time (the %define-syntax call).
(define-syntax swap!
  (syntax-rules ()
    ((_ a b) (let ((tmp a)) (set! a b) (set! b tmp)))))
(define (f tmp other)
  (swap! tmp other)
  (cons tmp other))
(display (f 1 2))
