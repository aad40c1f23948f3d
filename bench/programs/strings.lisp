;;; strings: the same algorithm as strings.scm. SBCL, no declarations: concatenate and
;;; princ-to-string build the key, intern makes the symbol (in a package of its own), an EQ
;;; hash table counts symbols and an EQUAL one sums per string.
(defparameter *steps* 200000)
(defparameter *keys* 5003)
(defpackage :keys (:use))

(defun key (n) (concatenate 'string "k" (princ-to-string n)))

(defparameter *symbol-counts* (make-hash-table :test 'eq))
(defparameter *string-sums* (make-hash-table :test 'equal))

(dotimes (i *steps*)
  (let ((s (key (mod (* i 7919) *keys*))))
    (incf (gethash (intern s :keys) *symbol-counts* 0))
    (incf (gethash s *string-sums* 0) i)))

(let ((acc 0))
  (dotimes (n *keys*)
    (let ((s (key n)))
      (incf acc (+ (* (+ n 1) (gethash (intern s :keys) *symbol-counts* 0))
                   (mod (gethash s *string-sums* 0) 1000)
                   (length s)))))
  (format t "~D~%" acc))
