NAME model
OBJSENSE
    MIN
ROWS
 N obj
 G floor
 G band
 E balance
 L c4
 L cancelled
 E pinned
COLUMNS
 free_x obj 1
 free_x floor 2
 boxed obj -1
 boxed floor -1
 boxed band 1
 fixed obj 0.1
 fixed balance 1
 x4 obj -1e-07
 x4 band 2
 lower obj 1
 lower band 1
 lower pinned 1
 MARKER 'MARKER' 'INTORG'
 count obj 3
 count balance 1
 count c4 1
 x7 obj -4
 x7 balance -1
 MARKER 'MARKER' 'INTEND'
 x8 obj 0
 obj_constant obj 2.5
RHS
 RHS floor -4
 RHS band -3
 RHS balance 5
 RHS c4 1000000
 RHS cancelled 1
 RHS pinned 4
RANGES
 RNG band 15.25
BOUNDS
 FR BND free_x
 LO BND boxed -1.5
 UP BND boxed 3
 FX BND fixed 2
 MI BND x4
 UP BND x4 7
 LO BND lower -2
 PL BND count
 UP BND x7 1
 FX BND obj_constant 1
ENDATA
