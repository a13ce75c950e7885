NAME model
OBJSENSE
    MIN
ROWS
 N obj
 G c1
 G c2
 E c3
 L c4
 L c5
 E c6
COLUMNS
 x1 obj 1
 x1 c1 2
 x2 obj -1
 x2 c1 -1
 x2 c2 1
 x3 obj 0.1
 x3 c3 1
 x4 obj -1e-07
 x4 c2 2
 x5 obj 1
 x5 c2 1
 x5 c6 1
 MARKER 'MARKER' 'INTORG'
 x6 obj 3
 x6 c3 1
 x6 c4 1
 x7 obj -4
 x7 c3 -1
 MARKER 'MARKER' 'INTEND'
 x8 obj 0
 obj_constant obj 2.5
RHS
 RHS c1 -4
 RHS c2 -3
 RHS c3 5
 RHS c4 1000000
 RHS c5 1
 RHS c6 4
RANGES
 RNG c2 15.25
BOUNDS
 FR BND x1
 LO BND x2 -1.5
 UP BND x2 3
 FX BND x3 2
 MI BND x4
 UP BND x4 7
 LO BND x5 -2
 PL BND x6
 UP BND x7 1
 FX BND obj_constant 1
ENDATA
