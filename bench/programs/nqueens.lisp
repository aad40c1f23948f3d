;;; nqueens: the same algorithm as nqueens.scm. SBCL, no declarations.
(defun iota1 (n)
  (loop for i from 1 to n collect i))

(defun ok-p (row dist placed)
  (or (null placed)
      (and (/= (car placed) (+ row dist))
           (/= (car placed) (- row dist))
           (ok-p row (+ dist 1) (cdr placed)))))

(defun try (x y z)
  (if (null x)
      (if (null y) 1 0)
      (+ (if (ok-p (car x) 1 z)
             (try (append (cdr x) y) '() (cons (car x) z))
             0)
         (try (cdr x) (cons (car x) y) z))))

(defun queens (n) (try (iota1 n) '() '()))

(let ((total 0))
  (dotimes (i 50) (incf total (queens 10)))
  (format t "~D~%" total))
