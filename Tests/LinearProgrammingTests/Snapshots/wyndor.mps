NAME wyndor
OBJSENSE
    MAX
ROWS
 N obj
 L plant_1
 L plant_2
 L plant_3
COLUMNS
 doors obj 3
 doors plant_1 1
 doors plant_3 3
 windows obj 5
 windows plant_2 2
 windows plant_3 2
RHS
 RHS plant_1 4
 RHS plant_2 12
 RHS plant_3 18
BOUNDS
ENDATA
