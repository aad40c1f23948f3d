;;; alloc: the same algorithm as alloc.scm. SBCL, no declarations.
(defparameter *window-size* 2048)
(defparameter *steps* 30000)

(defparameter *seed* 12345)
(defun random! ()
  (setf *seed* (mod (+ (* *seed* 69069) 1) 4294967296))
  (floor *seed* 65536))

(defun make-list-of (n start)
  (let ((acc '()))
    (dotimes (i n) (push (mod (+ start i) 1000) acc))
    (reverse acc)))

(defun make-vector-of (n start)
  (let ((v (make-array n :initial-element 0)))
    (dotimes (i n v) (setf (svref v i) (mod (+ start i) 1000)))))

(defun sum-of (x)
  (cond ((consp x) (loop for e in x sum e))
        ((vectorp x) (loop for e across x sum e))
        (t 0)))

(defparameter *window* (make-array *window-size* :initial-element nil))

(let ((checksum 0))
  (dotimes (step *steps*)
    (let* ((slot (mod (random!) *window-size*))
           (n (+ 16 (mod (random!) 256)))
           (old (svref *window* slot)))
      (setf (svref *window* slot)
            (if (evenp (random!)) (make-list-of n step) (make-vector-of n step)))
      (incf checksum (sum-of old))))
  (dotimes (i *window-size*) (incf checksum (sum-of (svref *window* i))))
  (format t "~D~%" checksum))
