;; quasiquote with unquote and unquote-splicing.
(define (build x ys)
  `(start ,x ,@ys (nested ,(+ x 1)) end))
(display (build 1 '(a b c)))
(newline)
