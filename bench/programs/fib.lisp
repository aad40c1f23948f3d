;;; fib(30), doubly recursive; prints 832040. SBCL, default optimization, no declarations.
(defun fib (n)
  (if (< n 2)
      n
      (+ (fib (- n 1)) (fib (- n 2)))))
(format t "~D~%" (fib 30))
