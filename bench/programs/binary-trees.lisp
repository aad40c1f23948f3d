;;; binary-trees (the Benchmarks Game), max depth 16, min depth 4, single-threaded. SBCL, no
;;; declarations. A tree is a cons of its two subtrees; a leaf is a cons of two NILs.
(defconstant +min-depth+ 4)
(defconstant +max-depth+ 16)

(defun make-tree (d)
  (if (= d 0)
      (cons nil nil)
      (cons (make-tree (- d 1)) (make-tree (- d 1)))))

(defun check (tree)
  (if (null (car tree))
      1
      (+ 1 (check (car tree)) (check (cdr tree)))))

(let ((stretch-depth (+ +max-depth+ 1)))
  (format t "stretch tree of depth ~D~C check: ~D~%" stretch-depth #\Tab
          (check (make-tree stretch-depth))))

(let ((long-lived-tree (make-tree +max-depth+)))
  (loop for d from +min-depth+ to +max-depth+ by 2
        do (let ((iterations (expt 2 (+ (- +max-depth+ d) +min-depth+)))
                 (sum 0))
             (dotimes (i iterations) (incf sum (check (make-tree d))))
             (format t "~D~C trees of depth ~D~C check: ~D~%" iterations #\Tab d #\Tab sum)))
  (format t "long lived tree of depth ~D~C check: ~D~%" +max-depth+ #\Tab
          (check long-lived-tree)))
