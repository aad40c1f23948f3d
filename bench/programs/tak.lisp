;;; tak(24, 16, 8), Takeuchi's function, 10 times; prints 9. SBCL, no declarations.
(defun tak (x y z)
  (if (not (< y x))
      z
      (tak (tak (- x 1) y z)
           (tak (- y 1) z x)
           (tak (- z 1) x y))))
(let ((r 0))
  (dotimes (i 10) (setf r (tak 24 16 8)))
  (format t "~D~%" r))
